import { type Action, roleMay, scopeOf } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Role } from '../api/types.ts';

/** A page of the app and the permission it needs; the menu and the route guard ask the same table. */
export type PageAccess = { path: string; label: string; action: Action; forRole?: (role: Role) => boolean };

/** Government readers of every submitted proposal get the queue; an applicant's proposals are on its dashboard. */
const readsAllSubmitted = (role: Role) => scopeOf(role, 'proposal.read') === 'submitted';

export const PAGES = {
  dashboard: { path: '/dashboard', label: 'My proposals', action: 'proposal.create' },
  queue: { path: '/queue', label: 'Proposal queue', action: 'proposal.read', forRole: readsAllSubmitted },
  hits: { path: '/compliance/hits', label: 'Screening hits', action: 'screening.hits.read' },
  alerts: { path: '/compliance/alerts', label: 'Alerts', action: 'screening.hits.read' },
  lists: { path: '/compliance/lists', label: 'Screening lists', action: 'lists.import' },
  screen: { path: '/screen', label: 'Screen names', action: 'screening.screen' },
  audit: { path: '/audit', label: 'Audit trail', action: 'audit.read' },
  users: { path: '/admin/users', label: 'Users', action: 'users.read' },
  catalog: { path: '/catalog', label: 'Catalog', action: 'catalog.read' },
  calls: { path: '/calls', label: 'Calls', action: 'calls.read' },
  admin: { path: '/admin', label: 'Administration', action: 'settings.update' },
  assignments: { path: '/assignments', label: 'My assignments', action: 'review.assignments.own' },
  reviewerProfile: { path: '/reviewer/profile', label: 'My reviewer profile', action: 'reviewer.profile.own' },
  reviewers: { path: '/reviewers', label: 'Reviewers', action: 'reviewers.read' },
} as const satisfies Record<string, PageAccess>;

/** The signed-in person's notifications: reached by the bell in the header, not the menu. */
export const NOTIFICATIONS_PAGE: PageAccess = {
  path: '/notifications',
  label: 'Notifications',
  action: 'notifications.read',
};

/** Whether a role may open a page. */
export const mayOpen = (role: Role, page: PageAccess): boolean =>
  roleMay(role, page.action) && (page.forRole === undefined || page.forRole(role));

/** The primary menu of a role, in order; visitors see the catalog. */
export const menuFor = (role: Role | undefined): PageAccess[] => {
  const pages: PageAccess[] = Object.values(PAGES);
  return role === undefined ? [PAGES.catalog, PAGES.calls] : pages.filter((page) => mayOpen(role, page));
};

/** Where a user lands after logging in: its work first (own proposals, the audit trail, the queue). */
export const homePath = (role: Role): string => {
  const order: PageAccess[] = [PAGES.dashboard, PAGES.audit, PAGES.queue, PAGES.hits, PAGES.assignments, PAGES.catalog];
  return (order.find((page) => mayOpen(role, page)) ?? PAGES.catalog).path;
};

/** The signed-in user as the permissions table sees it. */
export const actorOf = (user: { id: string; name: string; role: Role; companyIds: string[] }): Actor => ({
  userId: user.id,
  name: user.name,
  role: user.role,
  companyIds: user.companyIds,
});
