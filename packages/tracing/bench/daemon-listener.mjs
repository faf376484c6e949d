// A stand-in for the X-Ray daemon, in its own process as in Lambda:
// receives segment documents on UDP and counts them by name. Tells its
// port to the parent, and its counts when asked.
import { createSocket } from 'node:dgram';

const counts = {};
const socket = createSocket('udp4');
socket.on('message', (message) => {
  const text = message.toString('utf8');
  const document = JSON.parse(text.slice(text.indexOf('\n') + 1));
  counts[document.name] = (counts[document.name] ?? 0) + 1;
});
socket.bind(0, '127.0.0.1', () => {
  socket.setRecvBufferSize(8 * 1024 * 1024);
  process.send({ kind: 'ready', port: socket.address().port });
});
process.on('message', (message) => {
  if (message.kind === 'report') process.send({ kind: 'counts', counts });
  if (message.kind === 'stop') {
    socket.close();
    process.disconnect();
  }
});
