import type { UserRecord } from '../../db/repos/users.repo.ts';

export type UserView = Omit<UserRecord, 'passwordHash'>;

/** A user as shown to itself: never the password hash. */
export const toUserView = ({ passwordHash: _hash, ...user }: UserRecord): UserView => user;
