import type { AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { Form, Hidden, SelectField, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { AchievementsSummaryField } from './nomination.parts.js';
import { WIZARD_FIELDS, WIZARD_STEPS, type WizardAnswers, type WizardField } from './nomination-wizard.form.js';
import { RadioGroup } from './ui.js';

export interface WizardProps {
  step: 1 | 2 | 3;
  answers: WizardAnswers;
  /** The answers as posted, with the errors of this step. */
  form?: FormState;
  awardTypes: readonly AwardTypeView[];
  years: readonly number[];
  /** The units the officer may nominate: their own, and the cluster's members when their unit chairs it. */
  units: readonly UnitView[];
}

const TITLES = [M.chooseAward, M.whoIsNominated, M.achievements] as const;

/** Lập đề nghị, one question per page; each page carries the other answers as hidden fields. */
export function NominationWizardPage(props: WizardProps) {
  const { t } = usePage();
  const { step, answers, form } = props;
  const own = WIZARD_STEPS[step - 1] as readonly WizardField[];
  if (props.years.length === 0) {
    // No year to choose: say why at once, rather than a form whose every answer is refused.
    return (
      <Layout title={t(TITLES[0])} breadcrumbs={[{ href: '/nominations', label: t(M.nominations) }]}>
        <p class="notice">{t(M.noYear)}</p>
        <p>
          <a href="/nominations">{t(M.nominations)}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout title={t(TITLES[step - 1])} breadcrumbs={[{ href: '/nominations', label: t(M.nominations) }]}>
      <p class="caption">{t(M.step(step, WIZARD_STEPS.length))}</p>
      <Form action="/nominations/new" form={form}>
        <Hidden name="step" value={step} />
        {WIZARD_FIELDS.filter((f) => !own.includes(f) && answers[f] !== undefined).map((f) => (
          <Hidden key={f} name={f} value={answers[f] as string} />
        ))}
        {step === 1 ? <AwardStep {...props} /> : step === 2 ? <NomineeStep {...props} /> : <AchievementsStep {...props} />}
        <div class="actions">
          {/* The main button first: Enter in a field sends the form with the first button. */}
          <button type="submit" name="go" value={step === WIZARD_STEPS.length ? 'save' : String(step + 1)}>
            {t(step === WIZARD_STEPS.length ? M.createDraft : M.continue)}
          </button>
          {step > 1 && (
            <button type="submit" name="go" value={String(step - 1)} class="secondary">
              {t(M.back)}
            </button>
          )}
        </div>
      </Form>
    </Layout>
  );
}

function AwardStep({ answers, form, awardTypes, years }: WizardProps) {
  const { t } = usePage();
  return (
    <>
      <RadioGroup
        form={form}
        name="awardTypeId"
        legend={M.awardType}
        hint={M.chooseAwardHint}
        value={answers.awardTypeId}
        choices={awardTypes.map((a) => ({ value: a.id, label: t(a.name) }))}
      />
      <SelectField
        form={form}
        name="year"
        label={M.year}
        value={answers.year}
        choices={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
    </>
  );
}

function NomineeStep({ answers, form, units }: WizardProps) {
  const { t } = usePage();
  return (
    <>
      <SelectField
        form={form}
        name="nomineeOrganizationId"
        label={M.nomineeUnit}
        value={answers.nomineeOrganizationId}
        choices={units.map((u) => ({ value: u.id, label: u.fullName }))}
      />
      <RadioGroup
        form={form}
        name="nomineeKind"
        legend={M.nomineeKind}
        value={answers.nomineeKind}
        choices={[
          { value: 'collective', label: t(M.nomineeKindCollective) },
          { value: 'individual', label: t(M.nomineeKindIndividual) },
        ]}
      />
      <fieldset class="person">
        <legend>{t(M.individual)}</legend>
        <small class="hint">{t(M.personHint)}</small>
        <TextField form={form} name="fullName" label={M.fullName} value={answers.fullName} autocomplete="off" />
        <RadioGroup
          form={form}
          name="gender"
          legend={M.gender}
          value={answers.gender}
          inline
          choices={[
            { value: 'female', label: t(M.female) },
            { value: 'male', label: t(M.male) },
          ]}
        />
        <TextField
          form={form}
          name="birthYear"
          label={M.birthYear}
          value={answers.birthYear}
          inputAttributes={{ inputmode: 'numeric', maxlength: '4' }}
        />
        <TextField form={form} name="position" label={M.position} value={answers.position} />
      </fieldset>
    </>
  );
}

function AchievementsStep({ answers, form, awardTypes, units }: WizardProps) {
  const { t } = usePage();
  const award = awardTypes.find((a) => a.id === answers.awardTypeId);
  const unit = units.find((u) => u.id === answers.nomineeOrganizationId)?.fullName ?? '';
  const nominee = answers.nomineeKind === 'individual' ? `${answers.fullName ?? ''} (${answers.birthYear ?? ''}) — ${unit}` : unit;
  return (
    <>
      <h2>{t(M.checkAnswers)}</h2>
      <dl class="facts">
        <dt>{t(M.awardType)}</dt>
        <dd>
          {award ? t(award.name) : '—'} · {answers.year} <ChangeAnswer step={1} />
        </dd>
        <dt>{t(M.nominee)}</dt>
        <dd>
          {nominee} <ChangeAnswer step={2} />
        </dd>
      </dl>
      <AchievementsSummaryField form={form} value={answers.achievementsSummary} />
    </>
  );
}

/** Back to the step that asked, from the answers checked before saving. */
function ChangeAnswer({ step }: { step: number }) {
  const { t } = usePage();
  return (
    <button type="submit" name="go" value={String(step)} class="link">
      {t(M.change)}
    </button>
  );
}
