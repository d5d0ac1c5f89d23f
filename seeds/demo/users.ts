import type { EntityManager } from 'typeorm';
import type { UsersService } from '../../src/access/users/users.service.js';
import type { Role } from '../../src/platform/request-context/request-context.js';
import { VUSTA_CODE } from '../reference/organizations.js';
import { idOf } from '../upsert-by-code.js';

/**
 * The one password of every demo account, printed in the README. The accounts are marked, and a
 * start with NODE_ENV=production refuses to run while any of them still signs in with it.
 */
export const DEMO_PASSWORD = 'Thidua-demo-2023';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** Code of the unit the person works for. */
  organization: string;
}

function unitOfficer(username: string, organization: string, province: string): DemoUser {
  return { username, displayName: `Cán bộ LHH ${province} (demo)`, roles: ['unit_officer'], organization };
}

/** One account per role for Cluster 3: an administrator, a VUSTA officer and an officer of each of its 8 unions. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống (demo)', roles: ['system_admin'], organization: VUSTA_CODE },
  { username: 'vusta.canbo', displayName: 'Cán bộ Liên hiệp Hội Việt Nam (demo)', roles: ['national_staff'], organization: VUSTA_CODE },
  unitOfficer('sonla.canbo', 'LHH-SON-LA', 'Sơn La'),
  unitOfficer('dienbien.canbo', 'LHH-DIEN-BIEN', 'Điện Biên'),
  unitOfficer('laichau.canbo', 'LHH-LAI-CHAU', 'Lai Châu'),
  unitOfficer('laocai.canbo', 'LHH-LAO-CAI', 'Lào Cai'),
  unitOfficer('yenbai.canbo', 'LHH-YEN-BAI', 'Yên Bái'),
  unitOfficer('vinhphuc.canbo', 'LHH-VINH-PHUC', 'Vĩnh Phúc'),
  unitOfficer('phutho.canbo', 'LHH-PHU-THO', 'Phú Thọ'),
  unitOfficer('hoabinh.canbo', 'LHH-HOA-BINH', 'Hòa Bình'),
];

/**
 * Demo data: the demo accounts, created through UsersService so that the password policy and the
 * audit trail apply. An account whose name exists is left alone: a changed password, role or
 * deactivation survives re-seeding. Returns the names created.
 */
export async function seedDemoUsers(tx: EntityManager, organizations: Map<string, string>, users: UsersService): Promise<string[]> {
  const taken = new Set(
    await users.existingUsernamesIn(
      tx,
      DEMO_USERS.map((user) => user.username),
    ),
  );
  const missing = DEMO_USERS.filter((user) => !taken.has(user.username));
  for (const user of missing) {
    await users.createIn(tx, {
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      organizationId: idOf(organizations, user.organization),
      password: DEMO_PASSWORD,
      demoPassword: true,
    });
  }
  return missing.map((user) => user.username);
}
