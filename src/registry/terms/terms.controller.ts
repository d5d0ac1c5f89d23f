import { Controller } from '@nestjs/common';

@Controller('terms')
export class TermsController {}
