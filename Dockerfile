# Build and run RespNet in a container; used by docker-compose.yml (an external Neo4j, so no embedded store).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY cypher cypher
COPY src src
RUN mvn -q -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/respnet-*.jar /app/respnet.jar
COPY seeds /app/seeds
EXPOSE 7070
ENTRYPOINT ["java", "-jar", "/app/respnet.jar"]
