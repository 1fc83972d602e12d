import { Directive, computed, inject, input } from '@angular/core';

let nextGroup = 0;

/**
 * A group of radio buttons (on its `<fieldset>`, which also gives the group its legend). Every radio
 * marked `tsuRadio` inside gets the group's name in the DOM, so the browser treats them as one group:
 * one Tab stop, arrow keys move the choice. Needed because `[name]` on a radio with a reactive-forms
 * directive binds to the directive's input only and never reaches the element.
 */
@Directive({ selector: '[tsuRadioGroup]' })
export class TsuRadioGroupDirective {
  /** A name of her own, or (left empty) one unique to this group instance. */
  readonly tsuRadioGroup = input<string>('');
  private readonly generated = `tsu-radio-${++nextGroup}`;
  readonly name = computed(() => this.tsuRadioGroup() || this.generated);
}

@Directive({
  selector: 'input[type=radio][tsuRadio]',
  host: { '[attr.name]': 'group.name()' },
})
export class TsuRadioDirective {
  protected readonly group = inject(TsuRadioGroupDirective);
}
