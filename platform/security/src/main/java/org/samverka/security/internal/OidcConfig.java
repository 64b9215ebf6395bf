package org.samverka.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code config/org.samverka.security.oidc.cfg}: single sign-on with an OpenID Connect provider. */
@ObjectClassDefinition(name = "Samverka single sign-on (OpenID Connect)")
public @interface OidcConfig {

    String PID = "org.samverka.security.oidc";

    @AttributeDefinition(description = "Whether the sign-in page offers single sign-on.")
    boolean enabled() default false;

    @AttributeDefinition(description = "The provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0; "
            + "its /.well-known/openid-configuration is read from there.")
    String issuer() default "";

    @AttributeDefinition(description = "The client id Samverka is registered with at the provider.")
    String clientId() default "";

    @AttributeDefinition(description = "The client secret; never logged.", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String clientSecret() default "";

    @AttributeDefinition(description = "What the sign-in button says, e.g. 'Region Norrbotten (Entra ID)'.")
    String displayName() default "Single sign-on";

    @AttributeDefinition(description = "Scopes asked for besides openid.")
    String[] scopes() default {"profile", "email"};

    @AttributeDefinition(description = "The claim that becomes the username.")
    String usernameClaim() default "preferred_username";

    @AttributeDefinition(description = "The claim with the person's name.")
    String nameClaim() default "name";

    @AttributeDefinition(description = "The claim with the person's e-mail address.")
    String emailClaim() default "email";

    @AttributeDefinition(description = "The claim whose values (a string or a list, such as app roles or groups) map to a role and scope.")
    String roleClaim() default "roles";

    @AttributeDefinition(description = "value=role@scope, comma-separated, e.g. samverka-kiruna-editors=editor@municipality:kiruna; the most "
            + "powerful match wins. Without any match, only a person an admin already gave a role may sign in.")
    String[] roleMappings() default {};

    @AttributeDefinition(description = "The address browsers use to reach Samverka, e.g. https://samverka.norrbotten.se, for the "
            + "redirect URI registered at the provider; empty: taken from each request.")
    String publicUrl() default "";
}
