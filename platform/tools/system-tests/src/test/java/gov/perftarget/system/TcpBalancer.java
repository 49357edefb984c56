package gov.perftarget.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Kubernetes Service is to a Deployment's pods, for the tests: one address in front of several instances of a
 * service. Each connection goes to the next instance in turn; one that refuses the connection (it was killed) is
 * skipped. A connection that was open to a killed instance breaks, as it would in the cluster.
 */
final class TcpBalancer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> backends = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService pipes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "balancer");
        thread.setDaemon(true);
        return thread;
    });

    TcpBalancer() throws IOException {
        server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        pipes.execute(this::accept);
    }

    /** The address the callers use ({@code INDICATOR_SERVICE_URL} and the like). */
    String url() {
        return "http://localhost:" + server.getLocalPort();
    }

    /** The instances behind it, by their HTTP URLs. */
    void balance(List<String> urls) {
        backends.clear();
        urls.forEach(url -> backends.add(Integer.parseInt(url.substring(url.lastIndexOf(':') + 1))));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pipes.execute(() -> connect(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        for (int tried = 0; tried < backends.size(); tried++) {
            int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            Socket backend = new Socket();
            try {
                backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            } catch (IOException refused) {
                close(backend);
                continue; // that instance is gone: the next one
            }
            pipes.execute(() -> pipe(client, backend));
            pipe(backend, client);
            return;
        }
        close(client);
    }

    /** Copies one direction until either side closes, then closes both. */
    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException broken) {
            // the other side went away
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pipes.shutdownNow();
    }
}
