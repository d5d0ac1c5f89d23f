import { Controller } from '@nestjs/common';

@Controller('clusters')
export class ClustersController {}
