# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the executable jar (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package

# Run stage: a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --uid 10001 app
WORKDIR /app
COPY --from=build /src/satisfaction-web/target/satisfaction.jar app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
