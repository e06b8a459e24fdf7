import {
  formatGatewayApiTarget,
  GATEWAY_API_TARGETS,
  parseGatewayApiTarget,
} from '../../core/schemas/gateway-api/target.ts';
import type { DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';

const selectGatewayApi = (s: DesignState) => formatGatewayApiTarget(s.gatewayApi);

/** Which Gateway API release and channel the design is checked against (its CRDs and rules). */
export function GatewayApiPicker() {
  const store = useDesignStoreApi();
  const value = useDesign(selectGatewayApi);
  return (
    <label
      className="problems-option"
      title="The Gateway API release and channel whose CRDs and rules the design is checked against"
    >
      Gateway API
      <select
        value={value}
        onChange={(e) => {
          const target = parseGatewayApiTarget(e.target.value);
          if (target) store.getState().setGatewayApi(target);
        }}
        data-testid="problems.gateway-api"
      >
        {GATEWAY_API_TARGETS.map((target) => {
          const text = formatGatewayApiTarget(target);
          return (
            <option key={text} value={text}>
              {target.version} {target.channel}
            </option>
          );
        })}
      </select>
    </label>
  );
}
