import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the web app, generated from the API's committed schema. */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'libs/shared/graphql-schema/schema.graphql',
  documents: ['libs/web/**/*.graphql'],
  generates: {
    'libs/web/shared/data-access/src/lib/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
