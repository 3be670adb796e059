import { defineConfig, mergeConfig } from 'vitest/config';
import type { RunnerTestCase } from 'vitest';
import { experimental_getRunnerTask, type Reporter, type TestModule } from 'vitest/node';
import unit from './vitest.config';

/**
 * The unit-test config as Stryker runs it (stryker.config.mjs), with two differences. First, a test waits up to
 * 60 s, not 5: on a loaded machine a slow test (lib/import/any-text.test.ts) passed its 5 s and failed, and Stryker
 * counted the mutant it was running as killed (58 such false kills in the import finders alone). A mutant that
 * makes a test loop is still caught, by Stryker's own time-out, and counted as detected. Second, a test file that fails on its
 * own (it throws while loading or collecting, as when `it.each(nginxSnippets())` meets a mutant that throws) counts
 * as a failed test. `vitest run` fails such a file, but @stryker-mutator/vitest-runner 9.6.1 (and 10.0.0) reads
 * only the tests a file collected, finds none failed, and calls the mutant Survived
 * (https://github.com/stryker-mutator/stryker-js/issues/6150, fix proposed in #6217).
 */
class FileFailureAsTest implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    for (const testModule of testModules) {
      const file = experimental_getRunnerTask(testModule);
      const failedTests = [...testModule.children.allTests('failed')];
      if (testModule.state() !== 'failed' || failedTests.length > 0) continue;
      const name = '(the test file itself)';
      file.tasks.push({
        type: 'test',
        id: `${file.id}_file`,
        name,
        fullName: `${file.name} ${name}`,
        fullTestName: name,
        mode: 'run',
        file,
        suite: file,
        meta: {},
        timeout: 0,
        annotations: [],
        artifacts: [],
        // A test's context is built by vitest as it runs the test; this one never runs (the run is over).
        context: undefined as unknown as RunnerTestCase['context'],
        result: { state: 'fail', errors: file.result?.errors },
      });
    }
  }
}

export default mergeConfig(unit, defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000, reporters: [new FileFailureAsTest()] } }));
