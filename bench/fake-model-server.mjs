// The bench's model endpoint, in its own process: every chat completion takes LATENCY ms; the first
// call of a conversation asks for a tool (the first offered), the call after its result answers.
import { createServer } from 'node:http';

const latency = Number(process.argv[2] ?? 200);
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString());
    const last = body.messages.at(-1);
    const tool = body.tools?.[0]?.function?.name ?? 'get_time';
    const message =
      last.role === 'tool'
        ? { role: 'assistant', content: 'Here you go.' }
        : { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: tool, arguments: '{}' } }] };
    setTimeout(
      () =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'x',
            object: 'chat.completion',
            created: 0,
            model: body.model,
            choices: [{ index: 0, finish_reason: 'stop', message }],
            usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
          }),
        ),
      latency,
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stderr.write(`fake model at http://127.0.0.1:${server.address().port}/v1\n`));
