import { describe, expect, it } from '@jest/globals';
import { text } from '../i18n/locale.js';
import { TransitionTable } from './transition-table.js';

type State = 'draft' | 'sent' | 'done';
type Action = 'send' | 'finish' | 'edit';
type Role = 'writer' | 'reader';

const table = new TransitionTable<State, Action, Role>(
  [
    { from: 'draft', action: 'edit', to: 'draft', roles: ['writer'] },
    { from: 'draft', action: 'send', to: 'sent', roles: ['writer'] },
    { from: 'sent', action: 'finish', to: 'done', roles: ['reader'] },
  ],
  { draft: text('Nháp', 'Draft'), sent: text('Đã gửi', 'Sent'), done: text('Xong', 'Done') },
);

describe('a transition table', () => {
  it('answers the next state only for a row it has', () => {
    expect(table.next('draft', 'send')).toBe('sent');
    expect(table.next('done', 'send')).toBeNull();
  });

  it('checks the role when roles are given', () => {
    expect(table.can('sent', 'finish', ['reader'])).toBe(true);
    expect(table.can('sent', 'finish', ['writer'])).toBe(false);
    expect(table.allowedActions('draft', ['reader'])).toEqual([]);
    expect(table.allowedActions('draft', ['writer'])).toEqual(['edit', 'send']);
  });

  it('lists the states an action starts from and names each state in both languages', () => {
    expect(table.statesAllowing('edit')).toEqual(['draft']);
    expect(table.rolesFor('sent', 'finish')).toEqual(['reader']);
    expect(table.label('sent')).toEqual({ vi: 'Đã gửi', en: 'Sent' });
  });
});
