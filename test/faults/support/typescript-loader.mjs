import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * Node module hooks that run the app's TypeScript sources as they are, for a fault test that needs
 * the app in a process of its own (to SIGKILL it): `.js` imports that name a `.ts`/`.tsx` file are
 * resolved to it, and each file is transpiled alone (the project compiles with isolatedModules).
 */
const configFile = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));
const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const compilerOptions = { ...parsed.options, module: ts.ModuleKind.ESNext, sourceMap: false, inlineSourceMap: true, inlineSources: true };

export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (relative && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
    const path = fileURLToPath(new URL(specifier, context.parentURL));
    for (const extension of ['.ts', '.tsx']) {
      const candidate = path.replace(/\.js$/, extension);
      if (existsSync(candidate)) return { url: pathToFileURL(candidate).href, format: 'module', shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!/\.tsx?$/.test(url)) return nextLoad(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), { compilerOptions, fileName });
  return { format: 'module', source: outputText, shortCircuit: true };
}
