import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { MergerBody } from './merger.dto.js';
import { MergersService } from './mergers.service.js';

@ApiTags('organizations')
@Controller('organizations/mergers')
export class MergersController {
  constructor(private readonly mergers: MergersService) {}

  /** Sáp nhập: ends the sources and links them to their successor. */
  @Post()
  @StaffOnly()
  merge(@Body() body: MergerBody) {
    return this.mergers.merge(body);
  }
}
