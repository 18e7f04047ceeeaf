import { readCliEnv } from "./cli/config.js";
import { runCli } from "./cli/run.js";

// Staff on the server: `npm run cli -- export|import|backup …` (see README, "Baris perintah").
const code = await runCli(process.argv.slice(2), readCliEnv(), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
});
process.exitCode = code;
