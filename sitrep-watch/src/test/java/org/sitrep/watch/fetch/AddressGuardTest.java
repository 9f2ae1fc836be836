package org.sitrep.watch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses given as literals, so that no name is looked up and no test reaches another machine. */
class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1, a loopback address", "10.1.2.3, a private address", "192.168.0.1, a private address",
            "172.16.5.4, a private address", "169.254.169.254, a link-local address", "0.0.0.0, the unspecified address",
            "100.64.0.1, a carrier-grade NAT (shared) address", "::1, a loopback address", "fe80::1, a link-local address",
            "fd00::1, a private (unique local) address", "::ffff:10.0.0.1, a private address",
            "64:ff9b::a00:1, a private address", "224.0.0.1, a multicast address"})
    void nonPublicAddressesAreNamed(String address, String why) throws Exception {
        assertThat(AddressGuard.whyNotPublic(InetAddress.getByName(address))).isEqualTo(why);
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(AddressGuard.whyNotPublic(InetAddress.getByName("93.184.215.14"))).isNull();
        assertThat(AddressGuard.whyNotPublic(InetAddress.getByName("2606:4700::1111"))).isNull();
    }

    @Test
    void theGuardRefusesPrivateHostsOtherSchemesAndCredentialsUnlessAllowed() throws Exception {
        AddressGuard guard = new AddressGuard(false);

        assertThatThrownBy(() -> guard.check(URI.create("http://10.0.0.5/feed")))
                .isInstanceOf(FetchException.class).hasMessage("refused: 10.0.0.5 is 10.0.0.5, a private address (--allow-private allows it)")
                .satisfies(e -> assertThat(((FetchException) e).refused()).isTrue());
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("http://user:pw@93.184.215.14/"))).hasMessageContaining("user name or password");
        new AddressGuard(true).check(URI.create("http://10.0.0.5/feed"));
        guard.check(URI.create("https://93.184.215.14/feed"));
    }
}
