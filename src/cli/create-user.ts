import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { passwordProblems } from '../access/users/password.rules.js';
import { CreateUserRequest } from '../access/users/user.dto.js';
import { standaloneUsersService } from '../access/users/users.standalone.js';
import { UnknownOrganizationError } from '../registry/memberships/membership.errors.js';
import { OrganizationRepository } from '../registry/organizations/organization.repository.js';
import { createValidationPipe } from '../platform/validation/validation.pipe.js';
import { exitWithUsage, runCommand, withDataSource } from './command.js';
import { describeFailure } from './terminal.js';

const USAGE = `Cách dùng: npm run user:create -- --username <tên> --display-name <họ tên> --role <vai trò> [--org <mã đơn vị>] [--email <email>]
  --username      chữ thường, số, dấu chấm, gạch dưới, gạch ngang (3–60 ký tự)
  --role          system_admin, national_staff hoặc unit_officer; lặp lại cờ hoặc phân cách bằng dấu phẩy
  --org           mã đơn vị công tác, ví dụ VUSTA hoặc LHH-SON-LA; bắt buộc với unit_officer
Mật khẩu lấy từ biến môi trường NEW_USER_PASSWORD; không đặt thì một mật khẩu ngẫu nhiên được tạo và in ra một lần.`;

/** The flag or variable behind each field of CreateUserRequest, so that errors name what was typed. */
const INPUTS = {
  username: '--username',
  displayName: '--display-name',
  roles: '--role',
  organizationId: '--org',
  email: '--email',
  password: 'NEW_USER_PASSWORD',
};

interface Parsed {
  request: CreateUserRequest;
  organizationCode?: string;
  generatedPassword: boolean;
}

/** Long enough and random; drawn again in the rare case the policy refuses it (no digit, say). */
function randomPassword(username: string): string {
  for (;;) {
    const candidate = randomBytes(18).toString('base64url');
    if (passwordProblems(candidate, username).length === 0) return candidate;
  }
}

/** Wrong or missing flags stop here with the usage text, before any database is started. */
async function parse(): Promise<Parsed> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        role: { type: 'string', multiple: true },
        org: { type: 'string' },
        email: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return exitWithUsage(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const roles = (values.role ?? [])
    .flatMap((role) => role.split(','))
    .map((role) => role.trim())
    .filter(Boolean);
  const missing = [!values.username && '--username', !values['display-name'] && '--display-name', roles.length === 0 && '--role'].filter(
    Boolean,
  );
  if (missing.length > 0) return exitWithUsage(`Thiếu: ${missing.join(', ')}.\n${USAGE}`);
  const given = process.env.NEW_USER_PASSWORD || undefined;
  let request: CreateUserRequest;
  try {
    request = await createValidationPipe().transform(
      {
        username: values.username,
        displayName: values['display-name'],
        roles,
        password: given ?? '',
        ...(values.email !== undefined && { email: values.email }),
      },
      { type: 'body', metatype: CreateUserRequest },
    );
  } catch (error) {
    return exitWithUsage(`${describeFailure(error, INPUTS)}\n${USAGE}`);
  }
  if (request.roles.includes('unit_officer') && !values.org) {
    return exitWithUsage(`--org là bắt buộc với vai trò unit_officer.\n${USAGE}`);
  }
  if (!given) request.password = randomPassword(request.username);
  return { request, organizationCode: values.org?.trim(), generatedPassword: !given };
}

const { request, organizationCode, generatedPassword } = await parse();
runCommand(
  ({ url }) =>
    withDataSource(url, async (dataSource) => {
      let unit: { id: string; code: string } | undefined;
      if (organizationCode) {
        unit = (await new OrganizationRepository(dataSource.manager).byCode(organizationCode)) ?? undefined;
        if (!unit) throw new UnknownOrganizationError('organizationId', organizationCode);
        request.organizationId = unit.id;
      }
      const user = await standaloneUsersService(dataSource).create(request);
      const lines = [`Đã tạo tài khoản ${user.username} (vai trò: ${user.roles.join(', ')}${unit ? `; đơn vị: ${unit.code}` : ''}).`];
      if (generatedPassword) lines.push(`Mật khẩu (chỉ hiện một lần, hãy lưu lại ngay): ${request.password}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }),
  INPUTS,
);
