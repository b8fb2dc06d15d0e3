import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/page-title.tsx';

const SECTIONS = [
  {
    to: '/admin/users',
    title: 'Users',
    text: 'Invite people, set their role, agency and companies, and deactivate accounts.',
  },
  {
    to: '/admin/settings',
    title: 'Program settings',
    text: 'Eligibility thresholds, export-control rule switches, list freshness and what applicants see; with every version and the settings in force on any date.',
  },
  {
    to: '/admin/lists',
    title: 'List sources and schedule',
    text: 'Where each denied-party list is downloaded from, which are refreshed on schedule and how often, and how each last refresh went.',
  },
  { to: '/audit', title: 'Audit', text: 'Every change of note, with who made it and when, in a verifiable chain.' },
] as const;

/** The administration landing page: one card per area an admin manages. */
export const AdminPage = () => (
  <>
    <PageTitle title="Administration">Administration</PageTitle>
    <p className="usa-intro margin-top-0">
      Every change made here is recorded in the audit trail with its before and after.
    </p>
    <ul className="usa-card-group">
      {SECTIONS.map((section) => (
        <li key={section.to} className="usa-card tablet:grid-col-6">
          <div className="usa-card__container">
            <div className="usa-card__header">
              <h2 className="usa-card__heading">
                <Link className="usa-link" to={section.to}>
                  {section.title}
                </Link>
              </h2>
            </div>
            <div className="usa-card__body">
              <p>{section.text}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  </>
);
