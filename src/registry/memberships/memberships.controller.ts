import { Controller } from '@nestjs/common';

@Controller('memberships')
export class MembershipsController {}
