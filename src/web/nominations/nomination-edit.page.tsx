import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import type { FormState } from '../http/forms.js';
import { Form, Hidden, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { AchievementsSummaryField, nomineeName } from './nomination.parts.js';

/** The dossier's text while the unit holds it (draft, returned); the version guards against a lost update. */
export function NominationEditPage({ nomination: n, form }: { nomination: NominationView; form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(M.editDossier)} breadcrumbs={[{ href: `/nominations/${n.id}`, label: nomineeName(n) }]}>
      <Form action={`/nominations/${n.id}/edit`} form={form}>
        <Hidden name="version" value={n.version} />
        {n.nominee.person && <TextField form={form} name="nomineePosition" label={M.position} value={n.nominee.person.position} />}
        <AchievementsSummaryField form={form} value={n.achievementsSummary} />
        <TextArea form={form} name="reportText" label={M.reportText} value={n.reportText} rows={10} />
        <SubmitButton label={M.save} />
      </Form>
    </Layout>
  );
}
