package org.samverka.security.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.samverka.api.security.Role;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * Single sign-on with an OpenID Connect provider (Entra ID, ADFS, ID-porten, Keycloak…): the
 * authorization code flow with PKCE, done with the Nimbus OAuth 2.0 / OpenID Connect SDK, which
 * reads the provider's metadata, checks the ID token's signature against its keys, its issuer,
 * audience, expiry and nonce. The provider's claims give the username, the name and, through
 * {@code roleMappings}, the role and scope; a person an admin already gave a role keeps it when
 * no mapping matches.
 */
@Component(service = OidcSignIn.class, configurationPid = OidcConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OidcConfig.class)
public final class OidcSignIn {

    static final String CALLBACK = "/api/v1/sessions/oidc/callback";
    static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    /** Why a sign-in through the provider did not happen, in words for the audit trail and the page. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }
    }

    private final PersonStore people;
    private final SchemaAccess db;
    private volatile OidcConfig config;
    private volatile ClaimMapping mapping;
    private volatile OIDCProviderMetadata provider;

    @Activate
    public OidcSignIn(@Reference PersonStore people, OidcConfig config) {
        this.people = people;
        this.db = people.schema();
        modified(config);
    }

    @Modified
    void modified(OidcConfig changed) {
        this.config = changed;
        this.mapping = new ClaimMapping(changed.roleMappings());
        this.provider = null;
        mapping.problems().forEach(p -> LOG.error("Single sign-on: roleMappings line {}", p));
        if (changed.enabled()) {
            LOG.info("Single sign-on with {} (client {}) is on", changed.issuer(), changed.clientId());
        }
    }

    boolean enabled() {
        OidcConfig c = config;
        return c.enabled() && !c.issuer().isBlank() && !c.clientId().isBlank();
    }

    String displayName() {
        return config.displayName();
    }

    /** Where the provider sends the browser back: the configured public address, or this request's. */
    URI redirectUri(URI requestBase) {
        String base = config.publicUrl().isBlank() ? requestBase.getScheme() + "://" + requestBase.getRawAuthority()
                : config.publicUrl().replaceAll("/+$", "");
        return URI.create(base + CALLBACK);
    }

    /** Where to send the browser, and the value for its short-lived cookie that ties the sign-in to it. */
    record Started(URI location, String browserSecret) {
    }

    /**
     * Begins a sign-in: remembers state, nonce, PKCE verifier and the hash of a value only this
     * browser gets (in a cookie), and answers where to send the browser. Without that cookie the
     * callback is refused: a callback link made by someone else signs nobody in.
     */
    Started start(URI redirectUri) throws Refused {
        OIDCProviderMetadata meta = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String browser = SessionStore.newSecret();
        Instant now = Instant.now();
        db.transaction(tx -> {
            tx.update("DELETE FROM OIDC_LOGIN WHERE CREATED_AT < ?", now.minus(PATIENCE));
            return tx.update("INSERT INTO OIDC_LOGIN (STATE_HASH, CODE_VERIFIER, NONCE, REDIRECT_URI, CREATED_AT, BROWSER_HASH) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", TokenSecrets.hash(state.getValue()), verifier.getValue(), nonce.getValue(),
                    redirectUri.toString(), now, TokenSecrets.hash(browser));
        });
        List<String> scopes = new ArrayList<>(List.of("openid"));
        for (String s : config.scopes()) {
            if (!s.isBlank() && !scopes.contains(s.strip())) {
                scopes.add(s.strip());
            }
        }
        return new Started(new AuthenticationRequest.Builder(new ResponseType("code"),
                new com.nimbusds.oauth2.sdk.Scope(scopes.toArray(String[]::new)), new ClientID(config.clientId()), redirectUri)
                .endpointURI(meta.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI(), browser);
    }

    private record Pending(String verifier, String nonce, String redirectUri, Instant createdAt, String browserHash) {
    }

    /** Ends a sign-in the provider sent back: exchanges the code, checks the ID token, finds or makes the person. */
    Person finish(String code, String state, String browserSecret) throws Refused {
        if (code == null || code.isBlank() || state == null || state.isBlank()) {
            throw new Refused("the provider sent no code or no state back");
        }
        String key = TokenSecrets.hash(state);
        Optional<Pending> pending = db.transaction(tx -> {
            Optional<Pending> found = tx.first(r -> new Pending(r.text("CODE_VERIFIER"), r.text("NONCE"), r.text("REDIRECT_URI"),
                    r.instant("CREATED_AT"), r.text("BROWSER_HASH")), "SELECT * FROM OIDC_LOGIN WHERE STATE_HASH = ?", key);
            tx.update("DELETE FROM OIDC_LOGIN WHERE STATE_HASH = ?", key);
            return found;
        });
        if (pending.isEmpty() || pending.get().createdAt().plus(PATIENCE).isBefore(Instant.now())) {
            throw new Refused("the sign-in was not begun here, was used already or took longer than ten minutes");
        }
        if (browserSecret == null || pending.get().browserHash() == null
                || !TokenSecrets.sameHash(pending.get().browserHash().strip(), TokenSecrets.hash(browserSecret))) {
            throw new Refused("the sign-in was begun in another browser");
        }
        IDTokenClaimsSet claims = exchange(code, pending.get());
        return person(claims);
    }

    private IDTokenClaimsSet exchange(String code, Pending pending) throws Refused {
        OIDCProviderMetadata meta = provider();
        try {
            TokenRequest request = new TokenRequest(meta.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(config.clientId()), new Secret(config.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(pending.redirectUri()),
                            new CodeVerifier(pending.verifier())));
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new Refused("the provider refused the code: " + response.toErrorResponse().getErrorObject().getCode());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            JWSAlgorithm algorithm = meta.getIDTokenJWSAlgs() == null || meta.getIDTokenJWSAlgs().contains(JWSAlgorithm.RS256)
                    ? JWSAlgorithm.RS256 : meta.getIDTokenJWSAlgs().get(0);
            IDTokenValidator validator = new IDTokenValidator(meta.getIssuer(), new ClientID(config.clientId()), algorithm,
                    meta.getJWKSetURI().toURL());
            return validator.validate(tokens.getOIDCTokens().getIDToken(), new Nonce(pending.nonce()));
        } catch (IOException | ParseException e) {
            throw new Refused("the provider could not be asked: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new Refused("the provider's ID token did not check out: " + e.getMessage());
        }
    }

    private Person person(IDTokenClaimsSet claims) throws Refused {
        String issuer = claims.getIssuer().getValue();
        String subject = claims.getSubject().getValue();
        String username = PersonStore.normalized(Optional.ofNullable(claims.getStringClaim(config.usernameClaim())).orElse(subject));
        if (!PeopleResource.validUsername(username)) {
            throw new Refused("the claim '" + config.usernameClaim() + "' is not a username Samverka can use (2 to 100 of a-z, "
                    + "0-9 and . _ @ + -)");
        }
        String name = Optional.ofNullable(claims.getStringClaim(config.nameClaim())).orElse(username);
        String email = claims.getStringClaim(config.emailClaim());
        Optional<ClaimMapping.Grant> grant = mapping.grantFor(values(claims.getClaim(config.roleClaim())));
        Optional<Person> known = people.bySso(issuer, subject);
        if (known.isPresent()) {
            Person p = known.get();
            if (p.disabled()) {
                throw new Refused("the person '" + p.username() + "' is disabled");
            }
            if (grant.isPresent() && (grant.get().role() != p.role() || !grant.get().scope().equals(p.scope()) || !p.roleFromClaims())) {
                return people.grantFromClaims(p.id(), ExpectedVersion.exactly(p.version()), grant.get().role(), grant.get().scope());
            }
            if (grant.isEmpty() && p.roleFromClaims()) {
                throw new Refused("'" + p.username() + "' no longer has a claim that gives a role in Samverka");
            }
            return p;
        }
        if (grant.isEmpty()) {
            throw new Refused("'" + username + "' has no role in Samverka: no roleMappings line matches the claim '"
                    + config.roleClaim() + "', and no admin gave this person a role");
        }
        if (people.byUsername(username).isPresent()) {
            throw new Refused("the username '" + username + "' belongs to a person who signs in with a password; an admin "
                    + "must give the provider's person another username claim");
        }
        Role role = grant.get().role();
        return people.createSso(issuer, subject, username, name.length() > 200 ? name.substring(0, 200) : name,
                email != null && email.length() <= 254 ? email : null, role, grant.get().scope());
    }

    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private OIDCProviderMetadata provider() throws Refused {
        OIDCProviderMetadata meta = provider;
        if (meta == null) {
            try {
                meta = OIDCProviderMetadata.resolve(new Issuer(config.issuer()));
            } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
                throw new Refused("the provider's metadata could not be read from " + config.issuer() + ": " + e.getMessage());
            }
            provider = meta;
        }
        return meta;
    }
}
