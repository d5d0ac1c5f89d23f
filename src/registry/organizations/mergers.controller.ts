import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { MergerResultSchema } from '../registry.schemas.js';
import { MergerBody } from './merger.dto.js';
import { MergersService } from './mergers.service.js';

@ApiTags('organizations')
@Controller('organizations/mergers')
export class MergersController {
  constructor(private readonly mergers: MergersService) {}

  /** Sáp nhập: ends the sources and links them to their successor. */
  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Sáp nhập đơn vị — merge units into a successor' })
  @ApiCreatedResponse({ type: MergerResultSchema })
  @ApiProblemResponses(400, 409, 422)
  merge(@Body() body: MergerBody) {
    return this.mergers.merge(body);
  }
}
