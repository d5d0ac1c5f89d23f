import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import type { Actor } from '../../platform/request-context/request-context.js';

/**
 * Whether the signed-in user runs a cluster's year (its secretariat while the year is open, or national staff): the
 * same rule the meetings services apply to every change, asked before a form is even shown, so that nobody else is
 * offered one (and typing its address gives the 403 page).
 */
@Injectable()
export class MeetingAccess {
  constructor(private readonly dataSource: DataSource) {}

  async manages(actor: Actor, clusterId: string, year: number): Promise<boolean> {
    return mayManageClusterYear(actor, await clusterYearScope(this.dataSource.manager, clusterId, year));
  }

  async requireManager(actor: Actor, clusterId: string, year: number): Promise<void> {
    if (!(await this.manages(actor, clusterId, year))) throw new NotClusterSecretariatError(year);
  }
}
