import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { RequireRole } from './auth/require-role.tsx';
import { homePath } from './auth/roles.ts';
import { useSession } from './auth/session.tsx';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/loading.tsx';
import { PageTitle } from './components/page-title.tsx';
import { ConsortiumNewPage } from './routes/applicant/consortium-new-page.tsx';
import { ConsortiumPage } from './routes/applicant/consortium-page.tsx';
import { DashboardPage } from './routes/applicant/dashboard-page.tsx';
import { ProposalNewPage } from './routes/applicant/proposal-new-page.tsx';
import { AuditPage } from './routes/audit/audit-page.tsx';
import { CatalogPage } from './routes/catalog/catalog-page.tsx';
import { PackagePage } from './routes/catalog/package-page.tsx';
import { HitPage } from './routes/compliance/hit-page.tsx';
import { HitsPage } from './routes/compliance/hits-page.tsx';
import { LoginPage } from './routes/login/login-page.tsx';
import { ProposalPage } from './routes/proposals/proposal-page.tsx';
import { QueuePage } from './routes/queue/queue-page.tsx';

const GOVERNMENT = [
  'program_officer',
  'compliance_officer',
  'reviewer',
  'decision_maker',
  'financing_officer',
  'auditor',
  'admin',
] as const;

const Home = () => {
  const { user } = useSession();
  if (user === undefined) return <Loading label="Checking your session" />;
  return <Navigate to={user ? homePath(user.role) : '/catalog'} replace />;
};

const NotFound = () => (
  <>
    <PageTitle title="Page not found">Page not found</PageTitle>
    <p className="usa-intro">There is no page at this address.</p>
    <Link to="/">Go to the home page</Link>
  </>
);

export const App = () => (
  <Layout>
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/catalog" element={<CatalogPage />} />
      <Route path="/catalog/:id" element={<PackagePage />} />
      <Route
        path="/dashboard"
        element={
          <RequireRole roles={['applicant']}>
            <DashboardPage />
          </RequireRole>
        }
      />
      <Route
        path="/consortia/new"
        element={
          <RequireRole roles={['applicant']}>
            <ConsortiumNewPage />
          </RequireRole>
        }
      />
      <Route
        path="/consortia/:id"
        element={
          <RequireRole>
            <ConsortiumPage />
          </RequireRole>
        }
      />
      <Route
        path="/proposals/new"
        element={
          <RequireRole roles={['applicant']}>
            <ProposalNewPage />
          </RequireRole>
        }
      />
      <Route
        path="/proposals/:id"
        element={
          <RequireRole>
            <ProposalPage />
          </RequireRole>
        }
      />
      <Route
        path="/queue"
        element={
          <RequireRole roles={[...GOVERNMENT]}>
            <QueuePage />
          </RequireRole>
        }
      />
      <Route
        path="/audit"
        element={
          <RequireRole roles={['auditor', 'admin']}>
            <AuditPage />
          </RequireRole>
        }
      />
      <Route
        path="/compliance/hits"
        element={
          <RequireRole roles={['compliance_officer', 'admin']}>
            <HitsPage />
          </RequireRole>
        }
      />
      <Route
        path="/compliance/hits/:id"
        element={
          <RequireRole roles={['compliance_officer', 'admin']}>
            <HitPage />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  </Layout>
);
