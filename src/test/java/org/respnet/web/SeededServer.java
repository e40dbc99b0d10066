package org.respnet.web;

import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/** The seed document in the shared test database, served on a free port, for browser tests. */
final class SeededServer {

    private SeededServer() {
    }

    static WebServer start() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        return db.app().webServer().start("127.0.0.1", 0);
    }
}
