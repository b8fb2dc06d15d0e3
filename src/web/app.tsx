import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { homePath, NOTIFICATIONS_PAGE, PAGES } from './auth/pages.ts';
import { RequirePermission } from './auth/require-permission.tsx';
import { useSession } from './auth/session.tsx';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/loading.tsx';
import { PageTitle } from './components/page-title.tsx';
import { AccountPage } from './routes/account/account-page.tsx';
import { SetPasswordPage } from './routes/account/set-password-page.tsx';
import { AdminPage } from './routes/admin/admin-page.tsx';
import { ListSourcesPage } from './routes/admin/list-sources-page.tsx';
import { OutboxPage } from './routes/admin/outbox-page.tsx';
import { SettingsPage } from './routes/admin/settings-page.tsx';
import { UsersPage } from './routes/admin/users-page.tsx';
import { ConsortiumNewPage } from './routes/applicant/consortium-new-page.tsx';
import { ConsortiumPage } from './routes/applicant/consortium-page.tsx';
import { DashboardPage } from './routes/applicant/dashboard-page.tsx';
import { ProposalNewPage } from './routes/applicant/proposal-new-page.tsx';
import { AuditPage } from './routes/audit/audit-page.tsx';
import { CallsPage } from './routes/calls/calls-page.tsx';
import { CatalogPage } from './routes/catalog/catalog-page.tsx';
import { PackagePage } from './routes/catalog/package-page.tsx';
import { OwnersPage } from './routes/companies/owners-page.tsx';
import { AlertsPage } from './routes/compliance/alerts-page.tsx';
import { HitPage } from './routes/compliance/hit-page.tsx';
import { HitsPage } from './routes/compliance/hits-page.tsx';
import { ListDiffPage } from './routes/lists/list-diff-page.tsx';
import { ListsPage } from './routes/lists/lists-page.tsx';
import { LoginPage } from './routes/login/login-page.tsx';
import { NotificationsPage } from './routes/notifications/notifications-page.tsx';
import { ProposalPage } from './routes/proposals/proposal-page.tsx';
import { VersionPrintPage } from './routes/proposals/version-print-page.tsx';
import { QueuePage } from './routes/queue/queue-page.tsx';
import { MyAssignmentsPage } from './routes/review/my-assignments-page.tsx';
import { ProposalReviewersPage } from './routes/review/proposal-reviewers-page.tsx';
import { ReviewerProfilePage } from './routes/review/reviewer-profile-page.tsx';
import { ReviewersPage } from './routes/review/reviewers-page.tsx';
import { ReviewPage } from './routes/reviews/review-page.tsx';
import { ScreenNamesPage } from './routes/screen/screen-names-page.tsx';

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
      <Route path="/accept-invite" element={<SetPasswordPage kind="invitation" />} />
      <Route path="/reset-password" element={<SetPasswordPage kind="password_reset" />} />
      <Route
        path="/account"
        element={
          <RequirePermission>
            <AccountPage />
          </RequirePermission>
        }
      />
      <Route
        path="/admin/users"
        element={
          <RequirePermission page={PAGES.users}>
            <UsersPage />
          </RequirePermission>
        }
      />
      <Route
        path="/admin/outbox"
        element={
          <RequirePermission action="outbox.read">
            <OutboxPage />
          </RequirePermission>
        }
      />
      <Route path="/catalog" element={<CatalogPage />} />
      <Route path="/calls" element={<CallsPage />} />
      <Route path="/catalog/:id" element={<PackagePage />} />
      <Route
        path="/dashboard"
        element={
          <RequirePermission page={PAGES.dashboard}>
            <DashboardPage />
          </RequirePermission>
        }
      />
      <Route
        path="/consortia/new"
        element={
          <RequirePermission action="consortium.create">
            <ConsortiumNewPage />
          </RequirePermission>
        }
      />
      <Route
        path="/consortia/:id"
        element={
          <RequirePermission action="consortium.read">
            <ConsortiumPage />
          </RequirePermission>
        }
      />
      <Route
        path="/companies/:id/owners"
        element={
          <RequirePermission action="company.read">
            <OwnersPage />
          </RequirePermission>
        }
      />
      <Route
        path="/proposals/new"
        element={
          <RequirePermission action="proposal.create">
            <ProposalNewPage />
          </RequirePermission>
        }
      />
      <Route
        path="/assignments"
        element={
          <RequirePermission action="review.assignments.own">
            <MyAssignmentsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/reviewer/profile"
        element={
          <RequirePermission action="reviewer.profile.own">
            <ReviewerProfilePage />
          </RequirePermission>
        }
      />
      <Route
        path="/reviewers"
        element={
          <RequirePermission action="reviewers.read">
            <ReviewersPage />
          </RequirePermission>
        }
      />
      <Route
        path="/proposals/:id/reviewers"
        element={
          <RequirePermission action="review.assign">
            <ProposalReviewersPage />
          </RequirePermission>
        }
      />
      <Route
        path="/proposals/:id"
        element={
          <RequirePermission action="proposal.read">
            <ProposalPage />
          </RequirePermission>
        }
      />
      <Route
        path="/proposals/:id/versions/:number/print"
        element={
          <RequirePermission action="proposal.read">
            <VersionPrintPage />
          </RequirePermission>
        }
      />
      <Route
        path="/notifications"
        element={
          <RequirePermission page={NOTIFICATIONS_PAGE}>
            <NotificationsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/queue"
        element={
          <RequirePermission page={PAGES.queue}>
            <QueuePage />
          </RequirePermission>
        }
      />
      <Route
        path="/audit"
        element={
          <RequirePermission page={PAGES.audit}>
            <AuditPage />
          </RequirePermission>
        }
      />
      <Route
        path="/compliance/hits"
        element={
          <RequirePermission page={PAGES.hits}>
            <HitsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/compliance/hits/:id"
        element={
          <RequirePermission action="screening.hits.read">
            <HitPage />
          </RequirePermission>
        }
      />
      <Route
        path="/compliance/alerts"
        element={
          <RequirePermission page={PAGES.alerts}>
            <AlertsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/compliance/lists"
        element={
          <RequirePermission page={PAGES.lists}>
            <ListsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/compliance/lists/:id/diff"
        element={
          <RequirePermission action="lists.read">
            <ListDiffPage />
          </RequirePermission>
        }
      />
      <Route
        path="/screen"
        element={
          <RequirePermission page={PAGES.screen}>
            <ScreenNamesPage />
          </RequirePermission>
        }
      />
      <Route
        path="/admin"
        element={
          <RequirePermission page={PAGES.admin}>
            <AdminPage />
          </RequirePermission>
        }
      />
      <Route
        path="/admin/settings"
        element={
          <RequirePermission page={PAGES.admin}>
            <SettingsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/admin/lists"
        element={
          <RequirePermission page={PAGES.admin}>
            <ListSourcesPage />
          </RequirePermission>
        }
      />
      <Route
        path="/assignments/:proposalId/review"
        element={
          <RequirePermission action="review.own.write">
            <ReviewPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  </Layout>
);
