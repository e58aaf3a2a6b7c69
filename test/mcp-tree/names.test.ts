import { describe, expect, it } from 'vitest';
import { TreeNames, snakeCase } from '@inftool/mcp-tree';

describe('tool names from operation ids', () => {
  it('snake_case keeps acronyms whole: getECObyID is get_eco_by_id, listAPIs is list_apis', () => {
    expect(snakeCase('getECObyID')).toBe('get_eco_by_id');
    expect(snakeCase('listAPIs')).toBe('list_apis');
    expect(snakeCase('APIs.guru')).toBe('apis_guru');
    expect(snakeCase('getDrugByID')).toBe('get_drug_by_id');
    expect(snakeCase('GET /users/{id}')).toBe('get_users_id');
    expect(snakeCase('math.factorial')).toBe('math_factorial');
  });

  it('a tree names each tool once, chat-safe', () => {
    const names = new TreeNames();
    expect(names.assign('getECObyID', 'Open Targets', 'a')).toBe('get_eco_by_id');
    expect(names.assign('get_eco_by_id', 'Open Targets', 'b')).toBe('open_targets_get_eco_by_id');
  });
});
