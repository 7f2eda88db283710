import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API's committed schema file (the contract). Codegen fails when an operation asks for
 * something the schema does not have, so running it in `build` catches drift between the API and the frontends.
 */
const config: CodegenConfig = {
  schema: process.env.SMG_SCHEMA_FILE ?? '../../services/api/schema.graphql',
  documents: ['src/operations.ts', 'src/closure-operations.ts', 'src/credential-operations.ts', 'src/archive-operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The domain's enums are string unions; generating unions keeps them assignable both ways.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};
export default config;
