/** What each analysis code means, in one line: SARIF rule descriptions and docs use it. */
export interface CodeInfo {
  summary: string;
  istioCode?: string;
}

/** Every code the analysis reports (`docs/diagnostics.md` documents each with an example). */
export const ANALYSIS_CODES: Readonly<Record<string, CodeInfo>> = {
  'parent-not-found': {
    summary: 'A route or ListenerSet names a parent that is not in the design.',
  },
  'parent-not-evaluated': {
    summary: 'A route names an implementation-specific parent kind; attachment is not judged.',
  },
  'parent-kind-unsupported': {
    summary: 'A route names a Gateway API kind that cannot be a parent (UnsupportedValue).',
  },
  'route-no-matching-parent': {
    summary: 'No listener of the parent has the sectionName or port the parentRef asks for.',
  },
  'route-parent-not-accepted': {
    summary: 'A route names a ListenerSet that its Gateway does not admit.',
  },
  'route-not-allowed-by-listeners': {
    summary: "The parent's listeners refuse the route's kind or namespace.",
  },
  'route-no-matching-listener-hostname': {
    summary: "No listener hostname intersects the route's hostnames.",
  },
  'backend-not-found': { summary: 'A backendRef names an object that is not in the design.' },
  'backend-port-not-found': { summary: 'A backendRef names a port the Service does not expose.' },
  'backend-kind-unsupported': {
    summary: 'A backendRef names a kind other than Service (InvalidKind on most implementations).',
  },
  'ref-not-permitted': { summary: 'A cross-namespace reference that no ReferenceGrant allows.' },
  'gatewayclass-not-found': { summary: "A Gateway's GatewayClass is not in the design." },
  'listenerset-not-allowed': {
    summary: "A ListenerSet's Gateway does not admit it (allowedListeners).",
  },
  'listenerset-no-valid-listener': {
    summary: 'No listener of a ListenerSet is valid (Accepted=False/ListenersNotValid).',
  },
  'client-certificate-invalid': {
    summary: "The Gateway's backend client certificate is not a usable TLS Secret.",
  },
  'client-certificate-not-found': {
    summary: "The Gateway's backend client certificate Secret is not in the design.",
  },
  'ca-certificate-invalid-kind': {
    summary: 'A caCertificateRefs entry names a kind that cannot hold a CA certificate.',
  },
  'ca-certificate-not-found': {
    summary: 'A CA certificate ConfigMap or Secret is not in the design.',
  },
  'ca-certificate-malformed': {
    summary: 'A CA certificate ConfigMap or Secret has no ca.crt key.',
  },
  'parameters-ref-invalid': {
    summary: 'A Gateway or GatewayClass parametersRef names a kind that is not parameters.',
  },
  'parameters-not-found': {
    summary: 'A Gateway or GatewayClass parametersRef names an object not in the design.',
  },
  'backendtlspolicy-conflicted': {
    summary: 'Another BackendTLSPolicy targets the same Service (and port) and takes precedence.',
  },
  'backendtlspolicy-target-not-found': {
    summary: 'A BackendTLSPolicy targets a Service that is not in the design.',
  },
  'listener-unsupported-protocol': { summary: 'A listener uses a protocol outside the core set.' },
  'listener-invalid-route-kinds': {
    summary: 'allowedRoutes.kinds lists a kind the protocol cannot carry.',
  },
  'listener-invalid-certificate-ref': {
    summary: 'A listener certificate reference is not a TLS Secret.',
  },
  'certificate-not-found': { summary: 'A listener certificate Secret is not in the design.' },
  'listener-hostname-conflict': { summary: 'Two listeners share port, protocol and hostname.' },
  'listener-protocol-conflict': { summary: 'Listeners with incompatible protocols share a port.' },
  'istio-gateway-no-workload': {
    summary: "An Istio Gateway's selector matches no workload of the design.",
    istioCode: 'IST0101',
  },
  'istio-gateway-port-not-exposed': {
    summary: 'No Service in front of the gateway workloads exposes a server port.',
    istioCode: 'IST0162',
  },
  'istio-credential-not-found': {
    summary: "A server's credentialName Secret is not in the gateway workload's namespace.",
    istioCode: 'IST0101',
  },
  'istio-credential-invalid': {
    summary: "A server's credentialName Secret lacks its keys or holds an invalid certificate.",
    istioCode: 'IST0161',
  },
  'istio-gateway-duplicate-certificate': {
    summary: 'Istio Gateways on the same workloads serve the same certificate.',
    istioCode: 'IST0138',
  },
  'istio-gateway-conflict': {
    summary: 'Istio Gateways with the same selector serve the same port and host.',
    istioCode: 'IST0145',
  },
  'vs-gateway-not-found': {
    summary: 'A VirtualService binds to a Gateway that is not in the design.',
    istioCode: 'IST0101',
  },
  'vs-internal-gateway': {
    summary: 'A VirtualService binds to a Gateway Istio generates for a Gateway API Gateway.',
    istioCode: 'IST0165',
  },
  'vs-host-not-in-gateway': {
    summary: 'None of the VirtualService hosts is served by a Gateway it binds to.',
    istioCode: 'IST0132',
  },
  'vs-destination-not-found': {
    summary: 'A destination host resolves to no Service or ServiceEntry of the design.',
    istioCode: 'IST0101',
  },
  'vs-destination-port-not-found': {
    summary: 'A VirtualService destination port is not a port of the Service or ServiceEntry.',
    istioCode: 'IST0101',
  },
  'vs-destination-port-required': {
    summary: 'The destination has several ports and the destination names none.',
    istioCode: 'IST0112',
  },
  'vs-subset-not-found': {
    summary: 'No DestinationRule for the host defines the subset.',
    istioCode: 'IST0101',
  },
  'vs-ingress-subset-ignored': {
    summary: 'A gateway route ignores the subsets another VirtualService routes its host to.',
    istioCode: 'IST0140',
  },
  'vs-host-conflict': {
    summary: 'Several VirtualServices bound to the mesh define the same host.',
    istioCode: 'IST0109',
  },
  'vs-rule-unreachable': {
    summary: 'A VirtualService rule can never be used.',
    istioCode: 'IST0130',
  },
  'vs-match-ineffective': {
    summary: 'A VirtualService match repeats one of an earlier rule.',
    istioCode: 'IST0131',
  },
  'vs-jwt-claim-without-request-authentication': {
    summary: 'Routing on a JWT claim through gateway pods no RequestAuthentication applies to.',
    istioCode: 'IST0149',
  },
  'dr-host-not-found': {
    summary: 'A DestinationRule host matches no Service or ServiceEntry of the design.',
    istioCode: 'IST0174',
  },
  'dr-subset-no-pods': {
    summary: "A DestinationRule subset's labels select no workload of the design.",
    istioCode: 'IST0173',
  },
  'invalid-regex': { summary: 'A regular expression is not valid RE2.', istioCode: 'IST0122' },
  'vs-weights-not-100': { summary: 'VirtualService destination weights do not add up to 100.' },
  'rule-shadowed': {
    summary: 'An HTTPRoute or GRPCRoute match never wins under Gateway API precedence.',
  },
  'duplicate-rule': { summary: 'Two routes have the same rule for the same host.' },
  'backend-zero-weight': { summary: 'A backend is referenced only with weight 0.' },
  'missing-https-redirect': {
    summary: 'A host is served over plain HTTP and HTTPS without a redirect.',
  },
  'vs-hosts-merged': {
    summary: 'Several VirtualServices define the same host on one ingress Gateway.',
  },
  'vs-match-gateway-not-found': {
    summary: 'A VirtualService match condition names a Gateway that is not in the design.',
  },
  'routing-test-invalid': { summary: 'A routing test cannot run as written.' },
};
