import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Gender, PersonBody } from './person.dto.js';
import { PersonRepository } from './person.repository.js';

/** The persons (`people`) other features name: nominations and the register ask here, in their own transaction. */
@Injectable()
export class PeopleService {
  /** The person's id within their unit, created on first mention. */
  idOf(tx: EntityManager, organizationId: string, person: PersonBody & { gender?: Gender | null }): Promise<string> {
    return new PersonRepository(tx).idOf(organizationId, person);
  }
}
