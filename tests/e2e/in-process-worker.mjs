// The worker of tests/e2e/helpers.ts: runs `main` of the compiled program on
// each request, with buffers for streams, and answers on the request's port.
// One worker serves every call of a test file; each call chooses its language
// and environment afresh, as the binary would.
import { workerData } from "node:worker_threads";

const { main } = await import(workerData.cli);
const { port, signal } = workerData;

port.on("message", async ({ args, env }) => {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    stdinIsTTY: false,
    env,
  };
  let status;
  try {
    status = await main(args, io, workerData.version);
  } catch (error) {
    stderr += String(error?.stack ?? error);
    status = 70;
  }
  port.postMessage({ status, stdout, stderr });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
port.postMessage("ready");
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
