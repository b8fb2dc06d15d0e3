import { ACTIONS, type Action, isPublicAction, matrixCell, PERMISSIONS } from '../core/accounts/permissions.ts';
import { ROLES } from '../core/accounts/roles.ts';
import { PERMISSION_EXTENSION } from './route-guard.ts';

/** One API operation and the permission its guard checks (null: outside the table, i.e. signing in). */
export type RoutePermission = { method: string; path: string; permission: Action | readonly Action[] | null };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const isAction = (value: unknown): value is Action => typeof value === 'string' && value in PERMISSIONS;
const asPermission = (value: unknown): RoutePermission['permission'] =>
  isAction(value) ? value : Array.isArray(value) && value.length > 0 && value.every(isAction) ? value : null;

/** Every operation of an OpenAPI document with the permission it records, in path order. */
export const routePermissions = (doc: { paths?: Record<string, Record<string, unknown> | undefined> }) =>
  Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method): RoutePermission[] => {
      const operation = item?.[method] as Record<string, unknown> | undefined;
      if (!operation) return [];
      const permission = operation[PERMISSION_EXTENSION];
      return [{ method: method.toUpperCase(), path, permission: asPermission(permission) }];
    }),
  );

const ROLE_HEADERS: Record<(typeof ROLES)[number], string> = {
  applicant: 'applicant',
  program_officer: 'program',
  compliance_officer: 'compliance',
  reviewer: 'reviewer',
  decision_maker: 'decision',
  financing_officer: 'financing',
  buyer: 'buyer',
  auditor: 'auditor',
  admin: 'admin',
};

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const permissionWords = (permission: Action | readonly Action[]): string =>
  typeof permission === 'string'
    ? `\`${permission}\`${isPublicAction(permission) ? ' (public, no sign-in)' : ''}`
    : `one of ${permission.map((p) => `\`${p}\``).join(', ')}`;

/**
 * The role × route matrix of docs/api.md, generated from the permissions table and the routes' recorded
 * permissions: ✔ always, words for an ownership condition, empty for refused (403).
 */
export const permissionMatrixMarkdown = (routes: RoutePermission[]): string => {
  const header = row(['method, path', 'permission', ...ROLES.map((role) => ROLE_HEADERS[role])]);
  const rule = row(['---', '---', ...ROLES.map(() => '---')]);
  const lines = routes.map((r) =>
    r.permission === null
      ? row([`${r.method} ${r.path}`, '— (anyone; rate-limited)', ...ROLES.map(() => '✔')])
      : row([
          `${r.method} ${r.path}`,
          permissionWords(r.permission),
          ...ROLES.map((role) => matrixCell(role, r.permission as Action | readonly Action[])),
        ]),
  );
  const actions = ACTIONS.map((action) => `- \`${action}\`: ${PERMISSIONS[action].summary}`);
  return [header, rule, ...lines, '', 'Permissions:', '', ...actions].join('\n');
};
