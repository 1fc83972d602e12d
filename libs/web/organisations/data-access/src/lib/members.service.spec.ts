import { grantableRoles } from './members.service';

describe('grantableRoles', () => {
  it('lets a company admin invite employees only as learners or company admins', () => {
    expect(grantableRoles(['company_admin'])).toEqual(['learner', 'company_admin']);
  });

  it('lets staff grant every role but admin, and admins everything', () => {
    expect(grantableRoles(['staff'])).not.toContain('admin');
    expect(grantableRoles(['staff'])).toContain('mentor');
    expect(grantableRoles(['admin'])).toContain('admin');
  });

  it('gives learners nothing to grant', () => {
    expect(grantableRoles(['learner'])).toEqual([]);
  });
});
