import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CompanyGroupsService, type CompanyGroup } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnChange } from '@tsunagu/web/shared/data-access';
import { AlertComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { formatPersonName, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';

/**
 * A company group's coordinators on /staff/groups: the current ones, each with 「外す」, and a choice
 * among the owning secretariat's staff not coordinating it yet, added with 「加える」. The API checks
 * again that she runs the group and that the person is its owner's staff.
 */
@Component({
  selector: 'tsu-group-coordinators',
  imports: [FormsModule, TranslatePipe, AlertComponent, FormFieldComponent, TsuInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    li {
      margin: 0.25rem 0;
    }
    li button {
      margin-left: 0.5rem;
    }
  `,
  template: `
    <h3>{{ 'groups.membership.coordinators' | t }}</h3>
    @if (current().length) {
      <ul data-testid="coordinators">
        @for (c of current(); track c.id) {
          <li data-testid="coordinator">
            {{ person(c) }}
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              [disabled]="busy()"
              [attr.aria-label]="'groups.membership.removeCoordinatorLabel' | t: { person: person(c) }"
              (click)="remove(c.userId, person(c))"
              data-testid="coordinator-remove"
            >
              {{ 'groups.membership.removeCoordinator' | t }}
            </button>
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'groups.membership.noCoordinators' | t }}</p>
    }
    @if (addable().length) {
      <form class="tsu-form" (ngSubmit)="add()" novalidate>
        <tsu-form-field
          [fieldId]="'coordinator-' + group().id"
          [label]="'groups.membership.addCoordinator' | t"
        >
          <select
            tsuInput
            name="coordinator"
            [ngModel]="chosenId()"
            (ngModelChange)="chosen.set($event)"
            data-testid="coordinator-choice"
          >
            @for (s of addable(); track s.userId) {
              <option [value]="s.userId">{{ person(s) }}</option>
            }
          </select>
        </tsu-form-field>
        <button type="submit" class="tsu-button" [disabled]="busy()" data-testid="coordinator-add">
          {{ 'groups.membership.addCoordinatorSubmit' | t }}
        </button>
      </form>
    } @else if (staff.data()) {
      <p>{{ 'groups.membership.noStaff' | t }}</p>
    }
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" tabindex="-1" data-testid="coordinator-notice">{{ message }}</tsu-alert>
      }
    </div>
    @if (error(); as message) {
      <tsu-alert kind="error" tabindex="-1" data-testid="coordinator-error">{{ message }}</tsu-alert>
    }
  `,
})
export class GroupCoordinatorsComponent {
  private readonly service = inject(CompanyGroupsService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  readonly group = input.required<CompanyGroup>();
  readonly updated = output<CompanyGroup>();
  protected readonly staff = loadOnChange(
    () => this.group().ownerOrganisationId,
    (id) => this.service.ownerStaff(id),
  );
  protected readonly current = computed(() => this.group().coordinators.filter((c) => !c.removedAt));
  protected readonly addable = computed(() => {
    const coordinating = new Set(this.current().map((c) => c.userId));
    return (this.staff.data() ?? []).filter((s) => !coordinating.has(s.userId));
  });
  protected readonly chosen = signal<string | null>(null);
  protected readonly chosenId = computed(() => {
    const chosen = this.chosen();
    return this.addable().some((s) => s.userId === chosen) ? chosen : (this.addable()[0]?.userId ?? null);
  });
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected person(p: { familyName: string; givenName: string }): string {
    return formatPersonName(p);
  }

  async add(): Promise<void> {
    const chosen = this.addable().find((s) => s.userId === this.chosenId());
    if (!chosen) return;
    await this.run(
      () => this.service.addCoordinator(this.group().id, chosen.userId),
      this.i18n.t('groups.membership.coordinatorAdded', { person: this.person(chosen) }),
    );
  }

  async remove(userId: string, person: string): Promise<void> {
    await this.run(
      () => this.service.removeCoordinator(this.group().id, userId),
      this.i18n.t('groups.membership.coordinatorRemoved', { person }),
    );
  }

  private async run(request: () => Promise<CompanyGroup>, done: string): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const group = await request();
      this.notice.set(done);
      // Her button went away with the row (or the choice): the result takes focus.
      this.focus.after('[data-testid="coordinator-notice"]');
      this.updated.emit(group);
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focus.after('[data-testid="coordinator-error"]');
    } finally {
      this.busy.set(false);
    }
  }
}
