/** Service (v1): the backends routes point at. Names are RFC 1035 labels. */
import { DNS_1035_LABEL, objectMeta, resourceShell, status } from '../common.ts';
import { any, bool, doc, int, intOrStr, list, map, obj, str, type ObjectSchema } from '../dsl.ts';

const servicePort = obj(
  {
    name: str({
      description: 'Name of the port; required when there are several.',
      pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
      maxLength: 15,
    }),
    protocol: str({
      description: 'IP protocol of the port.',
      enum: ['TCP', 'UDP', 'SCTP'],
      default: 'TCP',
    }),
    appProtocol: str({ description: 'Application protocol, e.g. http, kubernetes.io/h2c.' }),
    port: int({ description: 'Port the Service exposes.', minimum: 1, maximum: 65535 }),
    targetPort: intOrStr({
      description: 'Port number or name on the pods; the port when omitted.',
    }),
    nodePort: int({
      description: 'Port on each node, for NodePort and LoadBalancer.',
      minimum: 1,
      maximum: 65535,
    }),
  },
  { title: 'ServicePort', required: ['port'] },
);

const spec = obj(
  {
    type: str({
      description: 'How the Service is exposed.',
      enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
      default: 'ClusterIP',
    }),
    selector: map(str(), { description: 'Labels of the pods that back the Service.' }),
    ports: list(servicePort, {
      description: 'Ports the Service exposes.',
      listType: 'map',
      mapKeys: ['port', 'protocol'],
    }),
    clusterIP: str({ description: 'Virtual IP of the Service; None for headless.' }),
    clusterIPs: list(str(), { description: 'Virtual IPs, one per IP family.', maxItems: 2 }),
    externalName: str({ description: 'DNS name returned for ExternalName Services.' }),
    externalIPs: list(str(), { description: 'Extra IPs nodes accept traffic for.' }),
    sessionAffinity: str({ description: 'Stick clients to one pod.', enum: ['ClientIP', 'None'] }),
    sessionAffinityConfig: any({ description: 'Settings of session affinity.' }),
    externalTrafficPolicy: str({
      description: 'Route external traffic node-locally or cluster-wide.',
      enum: ['Cluster', 'Local'],
    }),
    internalTrafficPolicy: str({
      description: 'Route internal traffic node-locally or cluster-wide.',
      enum: ['Cluster', 'Local'],
    }),
    ipFamilies: list(str({ enum: ['IPv4', 'IPv6'] }), {
      description: 'IP families of the Service.',
      maxItems: 2,
    }),
    ipFamilyPolicy: str({
      description: 'Single- or dual-stack.',
      enum: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    }),
    loadBalancerIP: str({ description: 'Deprecated: requested load balancer IP.' }),
    loadBalancerSourceRanges: list(str(), {
      description: 'Client CIDRs allowed through the load balancer.',
    }),
    loadBalancerClass: str({ description: 'Load balancer implementation to use.' }),
    allocateLoadBalancerNodePorts: bool({
      description: 'Allocate node ports for LoadBalancer Services.',
    }),
    healthCheckNodePort: int({ description: 'Node port for load balancer health checks.' }),
    publishNotReadyAddresses: bool({
      description: 'Publish endpoints of pods that are not ready.',
    }),
    trafficDistribution: str({
      description: 'Preference for topologically close endpoints.',
      examples: ['PreferClose'],
    }),
  },
  { title: 'ServiceSpec' },
);

export function service(apiVersion: string): ObjectSchema {
  return resourceShell(
    'Service',
    apiVersion,
    { spec: doc('Ports and pod selector of the Service.', spec), status },
    objectMeta(DNS_1035_LABEL, 63),
  );
}
