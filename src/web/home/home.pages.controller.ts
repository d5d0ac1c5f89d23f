import { Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import { HomePage } from './home.page.js';
import { MyWorkReader } from './my-work.js';

@PageController()
export class HomePagesController {
  constructor(
    private readonly web: WebPages,
    private readonly myWork: MyWorkReader,
  ) {}

  /** "Việc cần làm": the first page after signing in. */
  @Get()
  @SignedIn()
  async home(@Res() response: Response) {
    const work = await this.myWork.read(actorOf(response.req), localeOf(response.req));
    await this.web.page(response, HomePage, { work });
  }
}
