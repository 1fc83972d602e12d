import { grantableRoles, organisesSeminars, readsCrossCompanyOverview } from './capabilities';

describe(organisesSeminars.name, () => {
  it('is true for staff, admins and company admins, and false for everyone else', () => {
    expect(organisesSeminars(['staff'])).toBe(true);
    expect(organisesSeminars(['learner', 'company_admin'])).toBe(true);
    expect(organisesSeminars(['admin'])).toBe(true);
    // The project team member and the mentor see the secretariat or mentor home but run no sessions.
    expect(organisesSeminars(['team_member', 'team_member'])).toBe(false);
    expect(organisesSeminars(['mentor'])).toBe(false);
    expect(organisesSeminars([])).toBe(false);
  });
});

describe(grantableRoles.name, () => {
  it('lets company admins invite learners and company admins only, and others nobody', () => {
    expect(grantableRoles(['company_admin'])).toEqual(['learner', 'company_admin']);
    expect(grantableRoles(['staff'])).not.toContain('admin');
    expect(grantableRoles(['admin'])).toContain('admin');
    expect(grantableRoles(['mentor'])).toEqual([]);
    expect(grantableRoles(['team_member'])).toEqual([]);
  });
});

describe(readsCrossCompanyOverview.name, () => {
  it('is for staff only: not platform admins, company admins or the project team', () => {
    expect(readsCrossCompanyOverview(['learner', 'staff'])).toBe(true);
    expect(readsCrossCompanyOverview(['admin'])).toBe(false);
    expect(readsCrossCompanyOverview(['company_admin'])).toBe(false);
    expect(readsCrossCompanyOverview(['team_member'])).toBe(false);
  });
});
