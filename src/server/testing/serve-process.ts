/** A separate server process for the multi-process tests: runs the real `serve` command
 * (`mmnav serve --port 0`); the database comes from DATABASE_URL or --data-dir. */
import { Command } from "commander";
import { registerServeCommands } from "../../cli/serve.js";

const program = new Command("mmnav").exitOverride();
registerServeCommands(program);
await program.parseAsync(["serve", "--port", "0", ...process.argv.slice(2)], { from: "user" });
