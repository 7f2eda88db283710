/**
 * @smg/shared — the in-browser utility module every microfrontend imports at run time (through the import
 * map, never bundled): one session, one GraphQL client, the typed documents and the UI kit.
 */
import './styles.css';

export * from './session.js';
export * from './client.js';
export * from './errors.js';
export * from './format.js';
export * from './router.js';
export * from './labels.js';
export * from './operations.js';
export * from './files.js';
export * from './refresh.js';
export * from './closure-operations.js';
export * from './credential-operations.js';
export * from './archive-operations.js';
export type * from './gql/graphql.js';
export { useQuery, useMutation } from '@urql/vue';
export type { CombinedError } from '@urql/core';

export { default as SmgButton } from './components/SmgButton.vue';
export { default as SmgTextField } from './components/SmgTextField.vue';
export { default as SmgSelectField } from './components/SmgSelectField.vue';
export { default as SmgCheckbox } from './components/SmgCheckbox.vue';
export { default as SmgRadioGroup } from './components/SmgRadioGroup.vue';
export { default as SmgAlert } from './components/SmgAlert.vue';
export { default as SmgLoading } from './components/SmgLoading.vue';
export { default as SmgLink } from './components/SmgLink.vue';
export { default as StatusBadge } from './components/StatusBadge.vue';
export { default as SmgTimeline } from './components/SmgTimeline.vue';
export { default as SmgApprovalSteps } from './components/SmgApprovalSteps.vue';
export { default as ActivityPlanView } from './components/ActivityPlanView.vue';
export { default as SmgFileField } from './components/SmgFileField.vue';
export { default as SmgEvidence } from './components/SmgEvidence.vue';
export type * from './view-models.js';
