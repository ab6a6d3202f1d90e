# Sourced by the benchmarks: copy_server DIR puts a throw-away copy of the provisioned server in DIR with the EAR in
# its deployments/ folder. Needs a build first (mvn package -DskipTests).
#
# The copy keeps no deployment of its source's configuration: after `mvn package wildfly:run` (or a test run that was
# killed) the provisioned standalone.xml records the EAR that was deployed through the management API, and the copy
# would then refuse to boot on the EAR dropped beside it ("WFLYCTL0212: Duplicate resource intermarket.ear").
# The server's own CLI removes it offline, only when there is one, so the usual case costs nothing.
# Nor does it keep the source's logs: a benchmark that reports the errors of server.log must see its own run's only.
copy_server() {
    local dir=$1
    cp -r ear/target/server "$dir"
    if grep -q '<deployments>' "$dir/standalone/configuration/standalone.xml"; then
        "$dir/bin/jboss-cli.sh" \
            --commands="embed-server --admin-only --std-out=discard,deployment undeploy *,stop-embedded-server" > /dev/null \
            || { echo "could not remove the deployments recorded in $dir/standalone/configuration/standalone.xml" >&2; return 1; }
    fi
    rm -rf "$dir/standalone/log" "$dir/standalone/tmp"
    cp ear/target/intermarket.ear "$dir/standalone/deployments/"
}
