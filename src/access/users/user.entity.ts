import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Role } from '../../platform/request-context/request-context.js';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  /** The unit the person works for; a unit officer acts only for it. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'enum', enum: ['system_admin', 'national_staff', 'unit_officer'], enumName: 'user_role', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  /** Set by the demo seed; production refuses to start while such a password still works. */
  @Column({ type: 'boolean', default: false })
  demoPassword: boolean;

  @Column({ type: 'timestamptz' })
  passwordChangedAt: Date;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
