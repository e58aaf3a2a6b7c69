import type { jsonSchemaValidator, JsonSchemaType, JsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { formatIssues, type SchemaValidator } from '@inftool/core';

/**
 * The SDK client validates `structuredContent` against each tool's `outputSchema` with a draft-07
 * Ajv by default; tool schemas here are 2020-12. This adapter gives it core's Ajv2020 cache instead.
 */
export function sdkValidator(validator: SchemaValidator): jsonSchemaValidator {
  return {
    getValidator<T>(schema: JsonSchemaType): JsonSchemaValidator<T> {
      return (input: unknown) => {
        const result = validator.validate(schema as Record<string, unknown>, input);
        return result.valid ? { valid: true, data: input as T, errorMessage: undefined } : { valid: false, data: undefined, errorMessage: formatIssues(result.issues) };
      };
    },
  };
}
