import { Controller } from '@nestjs/common';

@Controller('organizations')
export class OrganizationsController {}
