package org.respnet.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.respnet.app.RespNet;
import org.respnet.web.WebServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", description = "Serve the web pages and the API over what is loaded.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Override
    public Integer call() throws InterruptedException {
        return serve(options.startContext());
    }

    /**
     * Serves until SIGTERM/Ctrl+C, then stops HTTP first (in-flight requests finish) and closes the database last.
     */
    static int serve(ConfigurableApplicationContext context) throws InterruptedException {
        var http = context.getBean(RespNetProperties.class).http();
        WebServer server = context.getBean(RespNet.class).webServer().start(http.host(), http.port());
        String host = "0.0.0.0".equals(http.host()) ? "localhost" : http.host();
        System.out.printf("RespNet is serving at http://%s:%d/  (Ctrl+C to stop)%n", host, server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            context.close();
            System.out.println("RespNet stopped: requests finished, database closed.");
        }, "respnet-shutdown"));
        // Block for good: returning would reach System.exit, which waits for the shutdown hooks and deadlocks.
        new CountDownLatch(1).await();
        return 0;
    }
}
