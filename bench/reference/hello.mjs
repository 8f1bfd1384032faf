// Reference for `ping`: a bare Fastify hello-world answering GET /api/ping like the app does.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/api/ping', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write(`listening ${process.env.PORT}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
