import { appPath } from './app-path';

describe('appPath', () => {
  it('gives the route its pattern and links their values', () => {
    const enrol = appPath('/seminars/sessions/:id/enrol');
    expect(enrol.route).toBe('seminars/sessions/:id/enrol');
    expect(enrol.link({ id: 'a b' })).toBe('/seminars/sessions/a%20b/enrol');
  });

  it('links a page without parameters as it is', () => {
    expect(appPath('/seminars').link()).toBe('/seminars');
    expect(appPath('/').route).toBe('');
  });
});
