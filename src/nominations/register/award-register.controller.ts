import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateRegisterEntryBody } from './register.dto.js';
import { AwardRegisterService } from './award-register.service.js';

@ApiTags('award-register')
@Controller('award-register')
export class AwardRegisterController {
  constructor(private readonly register: AwardRegisterService) {}

  @Post()
  @StaffOnly()
  create(@Body() body: CreateRegisterEntryBody) {
    return this.register.create(body);
  }
}
