import { FormControl } from '@angular/forms';
import { fieldMessage, TsuValidators } from './validators';

describe('TsuValidators', () => {
  it('accepts kana and refuses latin letters and kanji', () => {
    const control = new FormControl('ヤマダ', TsuValidators.kanaField());
    expect(control.valid).toBe(true);
    control.setValue('やまだ');
    expect(control.valid).toBe(true);
    control.setValue('山田');
    expect(control.errors).toEqual({ kana: true });
    control.setValue('Yamada');
    expect(control.errors).toEqual({ kana: true });
  });

  it('requires a password of the shared minimum length', () => {
    const control = new FormControl('short', TsuValidators.passwordField());
    expect(fieldMessage(control.errors)).toEqual({ key: 'validation.minLength', params: { min: 10 } });
    control.setValue('long-enough-1');
    expect(control.valid).toBe(true);
  });

  it('checks the email format', () => {
    const control = new FormControl('hanako@', TsuValidators.emailField());
    expect(fieldMessage(control.errors)).toEqual({ key: 'validation.email' });
  });

  it('prefers the server message over client keys', () => {
    expect(fieldMessage({ required: true, server: 'もう使われています' })).toEqual({
      text: 'もう使われています',
    });
  });
});
